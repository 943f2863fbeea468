FROM eclipse-temurin:21-jdk
COPY app.jar /app.jar
CMD ["java", "-jar", "/app.jar"]
