/// Diacritic folding for ``CompareOptions/foldsDiacritics``: base letters without their marks.
///
/// A scalar folds in three steps, applied to lowercased text:
/// 1. a combining diacritical mark (see ``isFoldedMark(_:)``) is dropped;
/// 2. a precomposed scalar becomes the base of its canonical decomposition (`é` → `e`,
///    `ọ̀` → `o`), from the table in `DiacriticFolding+Table.swift`;
/// 3. a letter with no decomposition that passports' machine-readable zones nonetheless write
///    in Latin letters becomes those letters (`ß` → `ss`, `æ` → `ae`, `ø` → `o`, …).
///
/// Because step 2 maps a precomposed scalar to exactly what steps 1 and 2 make of its
/// decomposition, canonically equivalent texts fold to canonically equivalent texts.
enum DiacriticFolding {
    /// Whether a scalar is a combining diacritical mark that folding drops: the blocks Combining
    /// Diacritical Marks (U+0300–U+036F), its Extended (U+1AB0–U+1AFF) and Supplement
    /// (U+1DC0–U+1DFF), Combining Diacritical Marks for Symbols (U+20D0–U+20FF) and Combining
    /// Half Marks (U+FE20–U+FE2F).
    static func isFoldedMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0300...0x036F, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x20D0...0x20FF, 0xFE20...0xFE2F:
            true
        default:
            false
        }
    }

    /// The base scalar of a precomposed scalar, or `nil` when it has no folded decomposition.
    static func base(of scalar: Unicode.Scalar) -> Unicode.Scalar? {
        if let index = LatinScalarTable.index(scalar.value) {
            let base = LatinScalarTable.bases[index]
            return base == 0 ? nil : Unicode.Scalar(base)
        }
        return searchBase(of: scalar)
    }

    /// ``base(of:)`` by binary search of ``bases``.
    static func searchBase(of scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let value = scalar.value
        guard value >= 0xC0 else { return nil }
        var low = bases.startIndex
        var high = bases.endIndex
        while low < high {
            let middle = low + (high - low) / 2
            let entry = bases[middle]
            if entry.composed == value {
                return Unicode.Scalar(entry.base)
            } else if entry.composed < value {
                low = middle + 1
            } else {
                high = middle
            }
        }
        return nil
    }

    /// The Latin letters for a lowercase letter that has no decomposition but is written so in
    /// machine-readable zones: ß→ss, æ→ae, œ→oe, ø→o, đ→d, ł→l, þ→th, ı→i.
    static func specialLetters(for scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "ß": "ss"
        case "æ": "ae"
        case "œ": "oe"
        case "ø": "o"
        case "đ": "d"
        case "ł": "l"
        case "þ": "th"
        case "ı": "i"
        default: nil
        }
    }
}
