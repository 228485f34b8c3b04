// A plain main() for the fuzz entry points, so the normal (GCC) build can replay the seed corpus and the
// regression inputs of every target as an ordinary ctest: `fuzz_x_replay DIR_OR_FILE ...`. libFuzzer supplies its
// own main() in the clang fuzz build, where this file is not linked.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

namespace {

bool replay(const std::filesystem::path &file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        return false;
    const std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::fprintf(stderr, "replay %s (%zu bytes)\n", file.c_str(), bytes.size());
    // A copy in its own allocation, so ASan sees a read past the end as one (libFuzzer does the same).
    std::vector<std::uint8_t> exact(bytes.begin(), bytes.end());
    LLVMFuzzerTestOneInput(exact.empty() ? nullptr : exact.data(), exact.size());
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    int replayed = 0;
    for (int i = 1; i < argc; ++i) {
        const std::filesystem::path arg(argv[i]);
        if (std::filesystem::is_directory(arg)) {
            std::vector<std::filesystem::path> files;
            for (const auto &entry : std::filesystem::recursive_directory_iterator(arg)) {
                if (entry.is_regular_file() && entry.path().filename().string().front() != '.')
                    files.push_back(entry.path());
            }
            std::sort(files.begin(), files.end()); // a stable order makes a failure easy to reproduce
            for (const auto &f : files)
                replayed += replay(f) ? 1 : 0;
        } else if (std::filesystem::is_regular_file(arg)) {
            replayed += replay(arg) ? 1 : 0;
        }
        // A missing directory is fine: a target may have no regression inputs yet.
    }
    std::fprintf(stderr, "replayed %d inputs\n", replayed);
    return replayed > 0 ? 0 : 1; // an empty run proves nothing: fail it
}
