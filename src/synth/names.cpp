#include "synth/names.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <string>

#include "synth/det_math.h"

namespace kfl::synth {
namespace {

// Parts of invented municipality names: first part + ending.
constexpr std::array<std::string_view, 44> kMunicipalityFirst = {
    "Aur",   "Bjørk", "Brenn", "Eid",   "Fjell", "Frost", "Gran",  "Hal",   "Haug",
    "Hol",   "Kvam",  "Lier",  "Lind",  "Mos",   "Ner",   "Rind",  "Rød",   "Sand",
    "Skog",  "Sol",   "Stein", "Strand", "Sund", "Tveit", "Vik",   "Vang",  "Berg",
    "Bø",    "Dal",   "Eng",   "Furu",  "Hov",   "Myr",   "Lyng",  "Fager", "Hamar",
    "Ask",   "Bakk",  "Elv",   "Fos",   "Gjer",  "Hell",  "Kol",   "Ram"};
constexpr std::array<std::string_view, 26> kMunicipalityEnd = {
    "dal",  "nes",  "vik",  "stad", "øy",   "fjord", "berg", "sund", "heim",
    "land", "rud",  "bygd", "haug", "voll", "ås",    "våg",  "li",   "set",
    "moen", "eid",  "sjø",  "foss", "bø",   "vang",  "ø",    "ey"};
constexpr std::array<std::string_view, 8> kDirection = {
    "Nord-", "Sør-", "Øvre ", "Nedre ", "Vestre ", "Østre ", "Indre ", "Ytre "};

// Parts of invented school (neighbourhood) names.
constexpr std::array<std::string_view, 40> kPlaceFirst = {
    "Bjørke", "Lunde", "Haug",  "Sand",   "Nes",    "Bakke", "Ener",   "Vang",
    "Berg",   "Strand", "Eng",  "Holt",   "Vik",    "Skog",  "Furu",   "Gran",
    "Myr",    "Stor",  "Lille", "Nord",   "Sør",    "Øst",   "Vest",   "Ås",
    "Rud",    "Hov",   "Moe",   "Fjell",  "Kirke",  "Sjø",   "Elve",   "Bekke",
    "Tune",   "Løvs",  "Rogn",  "Hegg",   "Ekorn",  "Solli", "Lyng",   "Bru"};
constexpr std::array<std::string_view, 20> kPlaceEnd = {
    "vang",  "stad",  "heim",   "li",     "bakken", "åsen",   "haugen",
    "moen",  "lia",   "sletta", "rud",    "berget", "dalen",  "tun",
    "jordet", "vollen", "byen", "hagen",  "skogen", "lunden"};

// Classic kindergarten names, and group names (animals, flowers, trolls).
constexpr std::array<std::string_view, 16> kKindergartenNames = {
    "Trollskogen", "Solstua",    "Eventyrhagen", "Tusenfryd", "Regnbuen",  "Bamsebo",
    "Blåbærtua",   "Humlebo",    "Skogstjerna",  "Furutoppen", "Knøttene", "Kongleskogen",
    "Marihøna",    "Trolltun",   "Spirea",       "Smørblomsten"};
constexpr std::array<std::string_view, 24> kGroupNames = {
    "Maurtua",   "Blåklokka", "Ekornet",   "Revehiet",  "Små troll",  "Store troll",
    "Marihøna",  "Humla",     "Løvetann",  "Bjørnehiet", "Piggsvinet", "Ugla",
    "Hakkespett", "Kantarell", "Tyttebær", "Linerle",   "Elgen",      "Haren",
    "Sommerfugl", "Rødstrupe", "Solsikke", "Gaukesyre", "Grevlingen", "Frosken"};

// The first or last letter (one UTF-8 sequence) of a name part, lower-cased
// when ASCII.
std::string FirstLetter(std::string_view s) {
  size_t n = 1;
  while (n < s.size() && (static_cast<unsigned char>(s[n]) & 0xc0) == 0x80) ++n;
  std::string out(s.substr(0, n));
  if (n == 1 && out[0] >= 'A' && out[0] <= 'Z') out[0] = static_cast<char>(out[0] - 'A' + 'a');
  return out;
}
std::string LastLetter(std::string_view s) {
  size_t start = s.size() - 1;
  while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xc0) == 0x80) --start;
  return std::string(s.substr(start));
}

// True when joining the parts would double a letter ("Sand" + "dal") or a
// syllable ("Lunde" + "lunden").
bool JointClash(std::string_view first, std::string_view end) {
  if (LastLetter(first) == FirstLetter(end)) return true;
  if (first.size() < 3 || end.size() < 3) return false;
  std::string head(first.substr(0, 3));
  head[0] = FirstLetter(head)[0];
  return head == end.substr(0, 3);
}

}  // namespace

std::vector<MunicipalitySpec> GenerateMunicipalities(int count, int total_population) {
  Random rng(StreamSeed(0x6e6f72676aULL, {1}));  // fixed: the same country for every seed
  std::set<std::string> used;
  std::vector<MunicipalitySpec> out;
  out.reserve(count);
  while (static_cast<int>(out.size()) < count) {
    const std::string_view first = kMunicipalityFirst[rng.Below(kMunicipalityFirst.size())];
    const std::string_view end = kMunicipalityEnd[rng.Below(kMunicipalityEnd.size())];
    if (JointClash(first, end)) continue;
    std::string name;
    if (rng.Bernoulli(0.1)) name = kDirection[rng.Below(kDirection.size())];
    name += first;
    name += end;
    if (!used.insert(name).second) continue;
    out.push_back({name, 0});
  }
  // Populations: log-normal around 5 000 inhabitants, sorted so that the
  // list reads from the largest city down (as a rank-size table would),
  // then scaled to the total.
  std::vector<double> sizes(count);
  for (double& s : sizes) s = DetExp(8.5 + 1.3 * rng.Normal());
  std::sort(sizes.begin(), sizes.end(), [](double a, double b) { return a > b; });
  double sum = 0;
  for (double s : sizes) sum += s;
  for (int i = 0; i < count; ++i)
    out[i].population = std::max(200, static_cast<int>(std::llround(sizes[i] * total_population / sum)));
  return out;
}

std::string IdPart(std::string_view name) {
  std::string out;
  auto add = [&out](std::string_view s) {
    for (char c : s) {
      if (c == '-') {
        if (!out.empty() && out.back() != '-') out += '-';
      } else {
        out += c;
      }
    }
  };
  for (size_t i = 0; i < name.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(name[i]);
    if (c >= 'A' && c <= 'Z') {
      out += static_cast<char>(c - 'A' + 'a');
    } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      out += static_cast<char>(c);
    } else if (c == 0xc3 && i + 1 < name.size()) {
      // Two-byte UTF-8 sequences of Latin-1 letters.
      const unsigned char d = static_cast<unsigned char>(name[++i]);
      switch (d) {
        case 0x86: case 0xa6: add("ae"); break;                   // Æ æ
        case 0x98: case 0xb8: case 0x96: case 0xb6: add("o"); break;  // Ø ø Ö ö
        case 0x85: case 0xa5: case 0x84: case 0xa4:
        case 0x80: case 0xa0: case 0x81: case 0xa1: add("a"); break;  // Å å Ä ä À à Á á
        case 0x89: case 0xa9: case 0x88: case 0xa8: add("e"); break;  // É é È è
        case 0x9c: case 0xbc: add("u"); break;                    // Ü ü
        default: add("-"); break;
      }
    } else {
      add("-");
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

std::string SchoolNamer::Next(Random& rng, std::string_view kind, bool use_municipality) {
  if (use_municipality) {
    std::string name = municipality_ + " " + std::string(kind);
    if (used_.insert(name).second) return name;
  }
  for (;;) {
    const std::string_view first = kPlaceFirst[rng.Below(kPlaceFirst.size())];
    const std::string_view end = kPlaceEnd[rng.Below(kPlaceEnd.size())];
    if (JointClash(first, end)) continue;
    std::string name = std::string(first) + std::string(end) + " " + std::string(kind);
    // One place, one school: "Sandvang skole" and "Sandvang ungdomsskole"
    // may both exist, but not twice the same name.
    if (used_.insert(name).second) return name;
  }
}

std::string SchoolNamer::NextKindergarten(Random& rng) {
  if (rng.Bernoulli(0.4)) {
    std::string name = std::string(kKindergartenNames[rng.Below(kKindergartenNames.size())]) +
                       " barnehage";
    if (used_.insert(name).second) return name;
  }
  return Next(rng, "barnehage", false);
}

std::vector<std::string> GroupNames(Random& rng, int count) {
  // A random start and a step coprime with the list's length visit every
  // name once before any repeats; past the list, names get a number.
  const size_t n = kGroupNames.size();
  const size_t start = rng.Below(n);
  std::vector<std::string> out;
  for (int k = 0; k < count; ++k) {
    std::string name(kGroupNames[(start + 5 * static_cast<size_t>(k)) % n]);
    if (k >= static_cast<int>(n)) name += " " + std::to_string(k / n + 1);
    out.push_back(std::move(name));
  }
  return out;
}

}  // namespace kfl::synth
