From alpine:3.20
Run echo hello > /greeting.txt
ENTRYPOINT ["cat", "/greeting.txt"]
