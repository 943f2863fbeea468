-- POSTs the file named by BODY_FILE as a text/plain Dockerfile on every request.
local file = assert(io.open(os.getenv("BODY_FILE"), "rb"))
wrk.method = "POST"
wrk.body = file:read("*a")
wrk.headers["Content-Type"] = "text/plain"
file:close()
