// Placeholder entry point of CallbackServerApp; replaced by its real sources.
print("CallbackServerApp")
