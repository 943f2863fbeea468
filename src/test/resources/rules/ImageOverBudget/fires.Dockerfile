FROM python:3.12-slim
RUN pip install --no-cache-dir requests
COPY app.py /app/app.py
