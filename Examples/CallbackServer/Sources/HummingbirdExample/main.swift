// Placeholder entry point of HummingbirdExample; replaced by its real sources.
print("HummingbirdExample")
