// The smileid command-line tool.
print("smileid: not yet implemented")
