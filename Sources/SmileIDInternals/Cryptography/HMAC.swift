/// HMAC-SHA256 as specified by RFC 2104, computed incrementally.
///
/// Created with a key, the value holds the two SHA-256 states that have already absorbed the
/// padded key (`key ⊕ ipad` and `key ⊕ opad`); copying it reuses that work, so a key prepared
/// once can authenticate many messages. Keys longer than the 64-byte block are hashed first;
/// shorter keys are padded with zeros.
///
/// Internal to `Models`: it exists to sign and verify Smile ID signatures.
package struct HMACSHA256: Sendable {
    /// The size of an authentication code in bytes.
    package static let byteCount = SHA256.byteCount

    /// The inner hash: `H((K ⊕ ipad) ∥ message)`.
    private var inner: SHA256
    /// The outer hash, already fed `K ⊕ opad`; finalization adds the inner digest.
    private let outer: SHA256

    /// Starts an authentication code computation with `key`.
    package init(key: some Sequence<UInt8>) {
        var keyBlock = Array(key)
        if keyBlock.count > SHA256.blockByteCount {
            keyBlock = SHA256.hash(keyBlock)
        }
        keyBlock.append(contentsOf: repeatElement(0, count: SHA256.blockByteCount - keyBlock.count))

        var inner = SHA256()
        inner.update(keyBlock.map { $0 ^ 0x36 })
        var outer = SHA256()
        outer.update(keyBlock.map { $0 ^ 0x5c })
        self.inner = inner
        self.outer = outer
    }
}

// MARK: - Authenticating

extension HMACSHA256 {
    /// The HMAC-SHA256 of `message` under `key`.
    package static func authenticationCode(for message: some Sequence<UInt8>, key: some Sequence<UInt8>) -> [UInt8] {
        var hmac = HMACSHA256(key: key)
        hmac.update(message)
        return hmac.finalize()
    }

    /// Adds `bytes` to the message.
    package mutating func update(_ bytes: some Sequence<UInt8>) {
        inner.update(bytes)
    }

    /// The 32-byte authentication code of everything added so far; the value is unchanged.
    package func finalize() -> [UInt8] {
        finalizeWords().bytes
    }

    /// The authentication code of everything added so far, held inline (no allocation); the
    /// value is unchanged.
    package func finalizeWords() -> SHA256.Digest {
        var outer = self.outer
        inner.finalizeWords().withUnsafeBytes { outer.update(bytes: $0) }
        return outer.finalizeWords()
    }
}
