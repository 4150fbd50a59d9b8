# The newsstream services as one image; the command picks the service (ingest, enrich, sink, ...).
# Build the jar first: mvn -DskipTests package   (the image copies app/target/newsstream.jar + lib/)
FROM eclipse-temurin:17-jre
WORKDIR /opt/newsstream
COPY app/target/lib/ lib/
COPY app/target/newsstream.jar newsstream.jar
COPY seeds/ seeds/
ENV NEWSSTREAM_STATE_DIR=/var/lib/newsstream
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/opt/newsstream/newsstream.jar"]
CMD ["--help"]
