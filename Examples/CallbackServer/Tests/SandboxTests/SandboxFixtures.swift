import Foundation
import Models
import Sandbox

/// The library's trail fixtures and the credentials every sandbox test signs with.
enum SandboxFixtures {
    /// `Fixtures/decisions/trails.json` of the library, two folders above this package.
    static var trailsURL: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("../../Fixtures/decisions/trails.json").standardizedFileURL
    }

    /// Every trail of the fixtures as a scenario.
    static var scenarios: [Scenario] {
        get throws { try Scenario.load(contentsOf: trailsURL) }
    }

    /// A synthetic partner.
    static let key = SignatureKey(partnerID: "085", apiKey: "sandbox-test-api-key")
}
