FROM maven:3.9-eclipse-temurin-21 AS build
COPY . /src
RUN echo built > /app.jar
FROM eclipse-temurin:21-jre
COPY --from=build /app.jar /app.jar
CMD ["java", "-jar", "/app.jar"]
