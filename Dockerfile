# syntax=docker/dockerfile:1
# mistral-ready as an image: a JRE, the release archive, a class-data archive recorded at build
# time, and a non-root user.
#
#   docker build -t mistral-ready .
#   docker run --rm -u "$(id -u):$(id -g)" -v "$PWD:/src" mistral-ready check /src --junit /src/mistral-ready.xml
#
# The image has no Node, Python or Maven: the checklist's command gates (npm test, mvn verify)
# need the project's own toolchain, so skip them here (--skip ID) and run them in the build image.

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY pom.xml ./
RUN mvn -B -ntp -q dependency:go-offline
COPY . .
RUN mvn -B -ntp -q -DskipTests package \
 && mkdir /opt/mistral-ready \
 && tar xzf target/mistral-ready-*.tar.gz -C /opt/mistral-ready --strip-components=1

FROM eclipse-temurin:17-jre
COPY --from=build /opt/mistral-ready /opt/mistral-ready
# The first run records the class-data archive (lib/, owned by root); users then only map it.
RUN ln -s /opt/mistral-ready/mistral-ready /usr/local/bin/mistral-ready \
 && mistral-ready --version \
 && useradd --uid 10001 --no-create-home --home-dir /tmp --shell /usr/sbin/nologin mistral-ready
USER 10001
WORKDIR /src
ENTRYPOINT ["/opt/mistral-ready/mistral-ready"]
CMD ["check", "/src"]
