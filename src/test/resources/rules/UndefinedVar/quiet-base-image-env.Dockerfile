FROM python:3.12-slim AS build
ENV APP_PYTHON=$PYTHON_VERSION

FROM build
COPY app.py /srv/python-$PYTHON_VERSION/

FROM nvidia/cuda:12.1.0-runtime-ubuntu22.04
ENV LD_LIBRARY_PATH=/opt/lib:$LD_LIBRARY_PATH
WORKDIR /opt/cuda-$CUDA_VERSION
