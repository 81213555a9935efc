// The Sandbox target; see Package.swift.
