import Models
import Testing

@Suite struct JSONPathTests {
    @Test(arguments: [
        ([JSONPath.Component](), ""),
        ([.key("ResultCode")], "ResultCode"),
        ([.key("history"), .index(1), .key("PartnerParams"), .key("job_type")], "history[1].PartnerParams.job_type"),
        ([.index(0), .index(2), .key("a")], "[0][2].a"),
    ])
    func describesComponents(components: [JSONPath.Component], text: String) {
        #expect(JSONPath(components).description == text)
    }

    @Test func readsACodingPathFromADecodingError() throws {
        struct Wrapper: Decodable { var items: [Item] }
        struct Item: Decodable { var n: Int }
        let error = #expect(throws: DecodingError.self) {
            try decode(Wrapper.self, #"{"items": [{"n": 1}, {"n": "x"}]}"#)
        }
        guard case .typeMismatch(_, let context) = try #require(error) else {
            Issue.record("expected a type mismatch")
            return
        }
        #expect(JSONPath(context.codingPath).description == "items[1].n")
    }
}
