import ArgumentParser
import CasemarkModel
import CasemarkStore
import Foundation

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create a new, empty inspection folder.",
        discussion: """
            Creates INSPECTION (a new folder, readable only by you) holding inspection.json and an \
            empty cases/ folder. Cases are added with `casemark import` or the marking screens.

            --framework takes the id of a framework built into casemark (\(FrameworkLibrary.bundledIDs.joined(separator: ", ")), \
            the default) or a framework JSON file, which is checked and copied into the inspection as \
            framework.json, so the inspection keeps working whatever happens to the original file.

            Examples:
              casemark new london-2019 --provider "London CRC"
              casemark new trial --provider "Trial CRC" --framework my-framework.json
            """)

    @Argument(help: ArgumentHelp("The folder to create.", valueName: "inspection"))
    var inspection: String

    @Option(name: .long, help: ArgumentHelp("The provider inspected, as reports name it.", valueName: "name"))
    var provider: String

    @Option(name: .long, help: ArgumentHelp("A built-in framework id or a framework JSON file.", valueName: "id|file"))
    var framework: String = FrameworkLibrary.defaultID

    @OptionGroup var who: InspectorOption

    func run() throws {
        let chosen: Framework
        do {
            if let bundled = try FrameworkLibrary.framework(id: framework) {
                chosen = bundled
            } else if FileManager.default.fileExists(atPath: framework) {
                chosen = try FrameworkLibrary.load(file: framework)
            } else {
                throw CommandFailure("casemark: unknown framework \"\(framework)\": expected \(FrameworkLibrary.bundledIDs.joined(separator: ", ")) or the path of a framework JSON file")
            }
            let store = try InspectionFolder.create(at: inspection, provider: provider, framework: chosen, by: who.name)
            Console.out("Created \(store.folder.path) for \(store.record.provider), marked against \(chosen.title) (\(chosen.id)).")
        } catch let failure as CommandFailure {
            throw failure
        } catch {
            throw CommandFailure(error)
        }
    }
}
