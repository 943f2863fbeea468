FROM python:3.11
RUN apt-get update
RUN apt-get install -y build-essential git libgl1
WORKDIR /app
COPY requirements.txt .
RUN pip install torch==2.3.1 transformers==4.41.2 && pip install -r requirements.txt
COPY . .
EXPOSE 8000
ENV HF_HOME=/app/.cache
CMD ["python", "serve.py"]
