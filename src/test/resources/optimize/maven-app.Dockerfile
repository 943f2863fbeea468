FROM maven:3.9-eclipse-temurin-17
WORKDIR /src
COPY pom.xml .
RUN mvn -B dependency:go-offline
COPY src ./src
RUN mvn -B package -DskipTests
EXPOSE 8080
USER 1001
ENTRYPOINT ["java", "-jar", "target/app.jar"]
