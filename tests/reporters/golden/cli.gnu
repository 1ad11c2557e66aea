Dockerfile:1:6: warning: Always tag the version of an image explicitly: `ubuntu` pulls whatever `latest` is today; use `ubuntu:<version>` [DL3006]
Dockerfile:2:1: error: MAINTAINER is deprecated; use `LABEL org.opencontainers.image.authors=...` instead [DL4000]
