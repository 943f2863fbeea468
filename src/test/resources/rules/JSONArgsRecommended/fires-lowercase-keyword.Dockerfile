from alpine:3.20
cmd echo hi
