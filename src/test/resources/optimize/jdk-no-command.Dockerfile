FROM eclipse-temurin:17-jdk
COPY app.jar /opt/app.jar
