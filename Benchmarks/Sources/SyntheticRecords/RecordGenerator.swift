import Models

/// Generates realistic synthetic record pairs: invented names, dates in many written forms,
/// phone numbers in fake ranges and addresses, with controlled mutations on the document side
/// (transposed or misspelt names, reformatted or shifted dates, reformatted phone numbers,
/// abbreviated addresses, missing fields) so that outcomes vary as they do in production.
///
/// Deterministic: the same seed and style always give the same records.
public struct RecordGenerator: Sendable {
    /// Which alphabet the names and addresses use.
    public enum Style: Sendable {
        /// ASCII only.
        case ascii
        /// Names and addresses with diacritics on the ID authority's side; the document writes
        /// them as a machine-readable zone does (folded, uppercased, no apostrophes) half the time.
        case diacritics
    }

    private var random: SeededGenerator
    private let style: Style

    /// Creates a generator.
    public init(seed: UInt64, style: Style) {
        random = SeededGenerator(seed: seed)
        self.style = style
    }

    /// The next `count` pairs.
    public mutating func pairs(_ count: Int) -> [RecordPair] {
        (0..<count).map { _ in nextPair() }
    }

    /// The next pair.
    public mutating func nextPair() -> RecordPair {
        let country = random.pick(Self.countries)
        let given = pickName(style == .ascii ? Self.asciiGivenNames : Self.accentedGivenNames)
        let middle =
            random.chance(40) ? pickName(style == .ascii ? Self.asciiGivenNames : Self.accentedGivenNames) : nil
        let family = pickName(style == .ascii ? Self.asciiFamilyNames : Self.accentedFamilyNames)
        let date = (
            day: 1 + Int(random.next() % 28), month: 1 + Int(random.next() % 12), year: 1950 + Int(random.next() % 55)
        )
        let expiry = (
            day: 1 + Int(random.next() % 28), month: 1 + Int(random.next() % 12), year: 2025 + Int(random.next() % 10)
        )
        let gender = random.chance(50) ? "Male" : "Female"
        let subscriber = String(1000 + random.next() % 9000)
        let operatorPrefix = random.pick(["803", "805", "701", "712", "244"])
        let street = pickName(style == .ascii ? Self.asciiStreets : Self.accentedStreets)
        let streetType = random.pick(Self.streetTypes)
        let houseNumber = 1 + random.next() % 250
        let area = pickName(style == .ascii ? Self.asciiAreas : Self.accentedAreas)

        let authority = UserInfo(
            firstName: given.written, middleName: middle?.written, lastName: family.written,
            dob: Self.format(date, form: random.pick(Self.dateForms)),
            gender: gender,
            phoneNumber: "+\(country.callingCode) \(operatorPrefix) 555 \(subscriber)",
            address: "\(houseNumber) \(street.written) \(streetType.long), \(area.written)",
            expirationDate: random.chance(70) ? Self.format(expiry, form: random.pick(Self.dateForms)) : nil)

        // The document: the same person, mutated.
        let folds = style == .diacritics && random.chance(50)
        func name(_ part: (written: String, folded: String)) -> String {
            folds ? part.folded.uppercased() : (random.chance(30) ? part.written.uppercased() : part.written)
        }
        var first = name(given)
        var last = name(family)
        var middleName = middle.map(name)
        switch random.next() % 10 {
        case 0: swap(&first, &last)  // surname first: Transposed
        case 1: first = Self.misspell(first, &random)  // OCR or typing error: Partial Match
        case 2: middleName = nil  // middle name missing: Partial Match
        case 3:  // another person
            first = pickName(style == .ascii ? Self.asciiGivenNames : Self.accentedGivenNames).written
        default: break
        }
        var documentDate = date
        switch random.next() % 10 {
        case 0: documentDate.day = date.day == 28 ? 27 : date.day + 1  // near day: Partial Match
        case 1: documentDate.year += 10  // one digit off: Partial Match
        case 2: if date.day <= 12 { (documentDate.day, documentDate.month) = (date.month, date.day) }  // Transposed
        case 3: documentDate.year -= 7  // No Match
        default: break
        }
        let national = "0\(operatorPrefix)555\(subscriber)"
        let phone: String? =
            switch random.next() % 8 {
            case 0: national
            case 1: "\(country.callingCode)\(operatorPrefix)555\(subscriber)"
            case 2: "00\(country.callingCode)-\(operatorPrefix)-555-\(subscriber)"
            case 3: "0\(operatorPrefix)5559\(subscriber.dropFirst())"  // another number
            case 4: nil
            default: "(0\(operatorPrefix)) 555 \(subscriber)"
            }
        let documentStreet = folds ? street.folded.uppercased() : street.written
        let documentArea = folds ? area.folded.uppercased() : area.written
        let address: String? =
            switch random.next() % 6 {
            case 0: "\(houseNumber) \(documentStreet) \(streetType.short). \(documentArea)"
            case 1: "\(houseNumber) \(documentStreet) \(streetType.long)"
            case 2: "Plot \(houseNumber + 7), \(documentArea)"
            case 3: nil
            default: "\(houseNumber), \(documentStreet) \(streetType.long), \(documentArea)"
            }
        let document = UserInfo(
            firstName: first, middleName: middleName, lastName: last,
            dob: Self.format(documentDate, form: random.pick(Self.dateForms)),
            gender: random.chance(50) ? String(gender.prefix(1)) : (random.chance(10) ? "F" : gender.uppercased()),
            phoneNumber: phone,
            address: address,
            expirationDate: authority.expirationDate.map { _ in Self.format(expiry, form: random.pick(Self.dateForms)) }
        )
        return RecordPair(country: country.code, idAuthority: authority, document: document)
    }

    private mutating func pickName(_ names: [(String, String)]) -> (written: String, folded: String) {
        let name = random.pick(names)
        return (name.0, name.1)
    }
}

// MARK: Worst case

extension RecordGenerator {
    /// A pair whose every field holds `byteCount` UTF-8 bytes (4,096 is the limit): many
    /// distinct name and address tokens that mostly differ between the sides, dates and phone
    /// numbers that do not parse as such. With `nonASCII`, the text is Yoruba with stacked
    /// combining marks, the costliest input for normalisation and folding.
    public static func worstCasePair(byteCount: Int, nonASCII: Bool, seed: UInt64) -> RecordPair {
        var random = SeededGenerator(seed: seed)
        let words =
            nonASCII
            ? ["Adébáyọ̀", "Ọláolúwa", "Ṣeyí", "Müller", "Nguyễn", "Łukasz", "Søren", "Straße", "Ìyábọ̀", "Çelik"]
            : ["Adaeze", "Okonkwo", "Chinedu", "Amara", "Kwame", "Wanjiru", "Thandiwe", "Kofi", "Zanele", "Tunde"]
        func text(separator: String, salt: Int) -> String {
            var text = ""
            var counter = salt
            while true {
                let word = random.pick(words) + String(counter % 997)
                counter += 1
                let next = text.isEmpty ? word : separator + word
                guard text.utf8.count + next.utf8.count <= byteCount else { break }
                text += next
            }
            while text.utf8.count < byteCount { text += "x" }
            return text
        }
        func digits() -> String {
            String((0..<byteCount).map { _ in Character(String(random.next() % 10)) })
        }
        func side(_ salt: Int) -> UserInfo {
            UserInfo(
                firstName: text(separator: " ", salt: salt), middleName: text(separator: "-", salt: salt + 1),
                lastName: text(separator: ", ", salt: salt + 2), fullName: text(separator: " ", salt: salt + 3),
                dob: text(separator: " ", salt: salt + 4), gender: text(separator: " ", salt: salt + 5),
                phoneNumber: "+" + digits().dropFirst(), address: text(separator: " St ", salt: salt + 6),
                expirationDate: text(separator: "/", salt: salt + 7))
        }
        return RecordPair(country: "NG", idAuthority: side(0), document: side(500))
    }
}

// MARK: Building blocks

extension RecordGenerator {
    typealias Country = (code: String, callingCode: String)

    static let countries: [Country] = [
        ("NG", "234"), ("KE", "254"), ("GH", "233"), ("ZA", "27"), ("UG", "256"), ("CI", "225"), ("RW", "250"),
    ]

    /// The written forms of `CompareRules`' accepted dates, plus one it does not parse.
    enum DateForm: CaseIterable {
        case iso, isoSlash, isoDot, compact, dayFirstDash, dayFirstSlash, dayFirstDot
        case dayMonthName, dayMonthNameDash, monthNameFirst, isoWithTime, unparsed
    }

    static let dateForms = DateForm.allCases

    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    static func format(_ date: (day: Int, month: Int, year: Int), form: DateForm) -> String {
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let (d, m, y) = (two(date.day), two(date.month), "\(date.year)")
        let name = monthNames[date.month - 1]
        switch form {
        case .iso: return "\(y)-\(m)-\(d)"
        case .isoSlash: return "\(y)/\(m)/\(d)"
        case .isoDot: return "\(y).\(m).\(d)"
        case .compact: return "\(y)\(m)\(d)"
        case .dayFirstDash: return "\(d)-\(m)-\(y)"
        case .dayFirstSlash: return "\(date.day)/\(date.month)/\(y)"
        case .dayFirstDot: return "\(d).\(m).\(y)"
        case .dayMonthName: return "\(d) \(name.uppercased()) \(y)"
        case .dayMonthNameDash: return "\(d)-\(name)-\(y)"
        case .monthNameFirst: return "\(name) \(date.day), \(y)"
        case .isoWithTime: return "\(y)-\(m)-\(d)T00:00:00Z"
        case .unparsed: return "\(d)th of \(name) \(y)"
        }
    }

    /// Replaces one letter, as OCR does.
    static func misspell(_ name: String, _ random: inout SeededGenerator) -> String {
        var scalars = Array(name.unicodeScalars)
        guard scalars.count > 2 else { return name + "e" }
        let index = 1 + Int(random.next() % UInt64(scalars.count - 2))
        scalars[index] = scalars[index] == "a" ? "e" : "a"
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars)
        return text
    }

    // Invented, synthetic names: (as written, as a machine-readable zone folds it).
    static let asciiGivenNames: [(String, String)] = [
        "Adaeze", "Chinedu", "Amara", "Kwame", "Wanjiru", "Thandiwe", "Kofi", "Zanele", "Tunde", "Nia",
        "Emeka", "Abena", "Jabari", "Lindiwe", "Obinna", "Akosua", "Baraka", "Nomvula", "Femi", "Ayo",
    ].map { ($0, $0) }
    static let asciiFamilyNames: [(String, String)] = [
        "Okonkwo-Test", "Mensah", "Otieno", "Dlamini", "Adeyemi", "Boateng", "Kamau", "Nkosi", "Okafor",
        "Asante", "Mwangi", "Khumalo", "Eze", "Owusu", "Njoroge", "Mahlangu", "O'Neil", "Van Wyk",
    ].map { ($0, $0) }
    static let accentedGivenNames: [(String, String)] = [
        ("Adébáyọ̀", "Adebayo"), ("Ọláolúwa", "Olaoluwa"), ("Ṣeyí", "Seyi"), ("Ìyábọ̀", "Iyabo"),
        ("Chiọma", "Chioma"), ("Thandíwe", "Thandiwe"), ("Zoë", "Zoe"), ("Renée", "Renee"),
        ("Jürgen", "Jurgen"), ("Søren", "Soren"), ("Łucja", "Lucja"), ("Ngozí", "Ngozi"),
    ]
    static let accentedFamilyNames: [(String, String)] = [
        ("Ọlábísí-Test", "Olabisi-Test"), ("Adéwálé", "Adewale"), ("Ògúnlẹ́yẹ", "Ogunleye"),
        ("N’Guessan", "NGuessan"), ("Kouamé", "Kouame"), ("Müller-Test", "Muller-Test"),
        ("Dìálló", "Diallo"), ("Çelik", "Celik"), ("Nguyễn", "Nguyen"), ("Straßer", "Strasser"),
    ]
    static let asciiStreets: [(String, String)] = [
        "Test", "Sample", "Example", "Acacia", "Baobab", "Harbour", "Market", "Mission", "Station", "Lagoon",
    ].map { ($0, $0) }
    static let accentedStreets: [(String, String)] = [
        ("Adéọlá Odékú", "Adeola Odeku"), ("Àjọṣé", "Ajose"), ("Félix Éboué", "Felix Eboue"),
        ("Gartenstraße", "Gartenstrasse"), ("Ọba Àkínjọbí", "Oba Akinjobi"),
    ]
    static let asciiAreas: [(String, String)] = [
        "Sample Estate, Lagos", "Testville, Nairobi", "Example Heights, Accra", "Demo Park, Durban",
    ].map { ($0, $0) }
    static let accentedAreas: [(String, String)] = [
        ("Ìkòyí, Lagos", "Ikoyi, Lagos"), ("Cocody, Abidjan", "Cocody, Abidjan"),
        ("Ọ̀yọ́ Estate, Ìbàdàn", "Oyo Estate, Ibadan"), ("Treichville, Abidjan", "Treichville, Abidjan"),
    ]
    static let streetTypes: [(long: String, short: String)] = [
        ("Street", "St"), ("Road", "Rd"), ("Avenue", "Ave"), ("Crescent", "Cres"), ("Close", "Cl"), ("Drive", "Dr"),
    ]
}
