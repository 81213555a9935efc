// Placeholder entry point of VaporExample; replaced by its real sources.
print("VaporExample")
