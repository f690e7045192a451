# The Accord server (game + classroom) as one image, for docker-compose.yml (docs/deploy.md).
# Untested here: the machines this project is built on cannot run Docker.
FROM node:22-bookworm-slim
WORKDIR /accord
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build
ENV ACCORD_DATA=/data
VOLUME /data
EXPOSE 4173
HEALTHCHECK --interval=10s --timeout=3s CMD node -e "fetch('http://127.0.0.1:4173/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["npm", "run", "serve", "--", "--port", "4173"]
