/// Direct lookup tables for the Latin blocks that names and addresses mostly use (Latin-1
/// Supplement, Latin Extended-A and -B: U+00C0–U+024F; Latin Extended Additional:
/// U+1E00–U+1EFF), so that their scalars skip Unicode property lookups and the binary search of
/// ``DiacriticFolding/bases``.
///
/// Built once from the same sources the general path uses (the standard library's Unicode
/// properties and ``DiacriticFolding/bases``), so both paths agree by construction.
enum LatinScalarTable {
    /// The index of a scalar in the tables, or `nil` outside the covered blocks.
    @inline(__always)
    static func index(_ value: UInt32) -> Int? {
        if value &- 0xC0 < 0x190 { return Int(value &- 0xC0) }
        if value &- 0x1E00 < 0x100 { return 0x190 + Int(value &- 0x1E00) }
        return nil
    }

    /// The scalar of a table index.
    static func scalarValue(_ index: Int) -> UInt32 {
        index < 0x190 ? UInt32(index) + 0xC0 : UInt32(index - 0x190) + 0x1E00
    }

    /// The number of scalars covered.
    static let count = 0x190 + 0x100

    /// Each scalar's lowercase mapping when it is one scalar, else 0 (the general path then
    /// handles it).
    static let lowercase: [UInt32] = (0..<count).map { index in
        guard let scalar = Unicode.Scalar(scalarValue(index)) else { return 0 }
        let mapping = Array(scalar.properties.lowercaseMapping.unicodeScalars)
        return mapping.count == 1 ? mapping[0].value : 0
    }

    /// Each scalar's folded base (``DiacriticFolding/base(of:)`` by binary search), else 0.
    static let bases: [UInt32] = (0..<count).map { index in
        guard let scalar = Unicode.Scalar(scalarValue(index)) else { return 0 }
        return DiacriticFolding.searchBase(of: scalar)?.value ?? 0
    }

    /// Whether each scalar is a letter, a combining mark or a number (kept in address words).
    static let isWordScalar: [Bool] = (0..<count).map { index in
        guard let scalar = Unicode.Scalar(scalarValue(index)) else { return false }
        return !TokenSeparators.address.separatesByCategory(scalar)
    }
}
