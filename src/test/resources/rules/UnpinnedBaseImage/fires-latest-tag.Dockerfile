FROM ubuntu:latest AS base
FROM base
CMD ["bash"]
