// The CallbackServer target; see Package.swift.
