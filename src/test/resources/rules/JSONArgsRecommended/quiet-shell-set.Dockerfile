FROM alpine:3.20
SHELL ["/bin/sh", "-eu", "-c"]
CMD echo hi
