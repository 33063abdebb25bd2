# The clustergraph service with its web page; Neo4j runs in its own container
# (docker-compose.yml). Stage 1 builds the page with Node, stage 2 serves it with the API.
FROM node:20-slim AS web
WORKDIR /src/web
COPY web/package.json web/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY schema.graphql /src/schema.graphql
COPY web/ ./
RUN npm run build

FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml README.md ./
COPY schema ./schema
COPY resolvers ./resolvers
COPY graph ./graph
COPY importers ./importers
COPY recommender ./recommender
COPY cli ./cli
COPY localneo4j ./localneo4j
COPY rate_limit.py server.py warm_up.py web_routes.py ./
COPY --from=web /src/web/dist ./web/dist
ENV CLUSTERGRAPH_WEB_DIST=/app/web/dist
RUN pip install --no-cache-dir . && useradd --create-home clustergraph
USER clustergraph
EXPOSE 8000
CMD ["uvicorn", "server:create_app", "--factory", "--host", "0.0.0.0", "--port", "8000", "--no-access-log"]
