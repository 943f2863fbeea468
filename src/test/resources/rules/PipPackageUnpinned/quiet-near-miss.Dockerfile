FROM python:3.12-slim
COPY . /src
RUN pip install --no-cache-dir --upgrade pip wheel \
    && pip install --no-cache-dir -r /src/requirements.txt -e /src "requests==2.32.3" \
    && pip install /src/dist/app-1.0-py3-none-any.whl git+https://example.org/lib.git@v1 . \
    && pip install -c /src/constraints.txt numpy \
    && pip install --no-index --find-links /wheels torch \
    && pip uninstall -y requests
