import Testing

@testable import ResultCodes

@Suite struct CodeDirectoryTests {
    @Test(
        "Only exactly four ASCII digits are a number",
        arguments: [
            ("0000", 0), ("0001", 1), ("0812", 812), ("9999", 9999), ("2211", 2211),
        ])
    func parsesFourDigits(_ code: String, _ value: Int) {
        #expect(CodeDirectory.number(code) == value)
    }

    @Test(
        "Anything else is not",
        arguments: ["", "1", "812", "08120", "081a", "/812", ":812", "０８１２", "0812\u{0}", "é12"])
    func rejectsOthers(_ code: String) {
        #expect(CodeDirectory.number(code) == nil)
    }

    @Test func everyFourDigitStringIsItsNumber() {
        for value in 0..<CodeDirectory.capacity {
            let digits = String(value)
            let code = String(repeating: "0", count: 4 - digits.count) + digits
            #expect(CodeDirectory.number(code) == value, "\(code)")
        }
    }

    @Test("One ASCII byte replaced at each position is a number only when it is a digit")
    func everyASCIIByteAtEachPosition() {
        for position in 0..<4 {
            for byte in UInt8(0)...0x7F {
                var bytes = Array("0812".utf8)
                bytes[position] = byte
                let code = String(decoding: bytes, as: UTF8.self)
                let isDigit = (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                let expected = isDigit ? bytes.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) } : nil
                #expect(CodeDirectory.number(code) == expected, "byte \(byte) at \(position)")
            }
        }
    }

    @Test func directoryHoldsEveryDistinctCodeOnce() throws {
        let rows = try resultCodeRows()
        let distinct = Set(rows.map(\.code))
        let directory = CodeDirectory.standard
        #expect(directory.slots.count == CodeDirectory.capacity)
        #expect(directory.slots.filter { $0 != 0 }.count == distinct.count)
        #expect(directory.candidates.count == distinct.count + 1)
        #expect(directory.resolved.count == (distinct.count + 1) * CodeDirectory.columns)
        #expect(directory.codes.count == rows.count)
    }
}
