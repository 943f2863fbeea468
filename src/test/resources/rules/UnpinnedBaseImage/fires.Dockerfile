FROM node
CMD ["node"]
