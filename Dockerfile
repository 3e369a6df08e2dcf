# factgraph in a container: the one static binary (models embedded) on a
# distroless base. deploy/docker-compose.yml runs it as workers and as the
# server; docs/scale.md.
#
#   docker build -t factgraph:local .
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ARG VERSION=dev
RUN CGO_ENABLED=0 go build -trimpath -ldflags "-s -w -X main.version=${VERSION}" -o /out/factgraph ./cmd/factgraph

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/factgraph /usr/local/bin/factgraph
USER nonroot
ENTRYPOINT ["/usr/local/bin/factgraph"]
CMD ["help"]
