# The clustergraph service; Neo4j runs in its own container (docker-compose.yml).
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
COPY server.py ./
RUN pip install --no-cache-dir . && useradd --create-home clustergraph
USER clustergraph
EXPOSE 8000
CMD ["uvicorn", "server:create_app", "--factory", "--host", "0.0.0.0", "--port", "8000"]
