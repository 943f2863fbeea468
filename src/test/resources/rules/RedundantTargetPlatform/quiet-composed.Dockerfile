FROM --platform=${TARGETOS}/${TARGETARCH} alpine:3.20
