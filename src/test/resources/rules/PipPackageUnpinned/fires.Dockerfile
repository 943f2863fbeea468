FROM python:3.12-slim
RUN pip install --no-cache-dir -U pip setuptools \
    && pip install --no-cache-dir requests "numpy>=1.26" torch[cpu] --extra-index-url https://download.example.org/whl
RUN python3 -m pip install flask && uv pip install --system httpx
