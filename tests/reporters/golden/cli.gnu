Dockerfile:1:6: warning: Always tag the version of an image explicitly: `ubuntu` pulls whatever `latest` is today; use `ubuntu:<version>` [DL3006]
Dockerfile:2:1: error: Maintainer instruction is deprecated in favor of using label [DL4000]
