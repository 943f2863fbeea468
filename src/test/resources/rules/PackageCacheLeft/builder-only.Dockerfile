FROM python:3.12-slim AS build
RUN pip install requests
RUN echo built > /out
FROM python:3.12-slim
COPY --from=build /out /out
