// Placeholder entry point of SandboxApp; replaced by its real sources.
print("SandboxApp")
