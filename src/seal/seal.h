// Sealing the restricted site's files for any static web host (issue #25):
// authenticated encryption with one random 256-bit key per unit, done in
// the reader's browser with WebCrypto (templates/html/open.js).
//
//   UnitKey key = NewUnitKey();
//   std::string sealed = Seal(key, "8a/rapport.pdf", pdf_bytes);
//   std::optional<std::string> pdf = Unseal(key, "8a/rapport.pdf", sealed);
//
// A sealed file is nonce (12 bytes) || ciphertext || tag (16 bytes) of
// AES-256-GCM (OpenSSL), with the file's path inside the site as the
// additional data, so that a file moved to another place does not open.
// The nonce is derived, not drawn: the first 12 bytes of
// HMAC-SHA256(key, "kfl nonce" || path || 0 || SHA-256(plaintext)). The same
// key, path and content give the same bytes (a rebuild changes nothing);
// two different contents under one key get different nonces except with
// the chance of an HMAC collision in 96 bits, so a nonce is never reused
// with one key for different content (the rule AES-GCM depends on).
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace kfl {

using UnitKey = std::array<unsigned char, 32>;

// A key from OpenSSL's CSPRNG (RAND_bytes). Throws std::runtime_error when
// the generator fails.
UnitKey NewUnitKey();

std::string Seal(const UnitKey& key, std::string_view path, std::string_view plaintext);
// The plaintext, or nullopt when the sealed bytes were changed, belong to
// another path or were sealed with another key.
std::optional<std::string> Unseal(const UnitKey& key, std::string_view path, std::string_view sealed);

// A sealed file as the script a page loads (also from file://):
// kflSealed("<path>", "<base64 of Seal(key, path, bytes)>");
std::string SealedScript(const UnitKey& key, std::string_view path, std::string_view bytes);

// The plaintext of a sealed script (SealedScript's output), or nullopt
// when it is not one or does not open with `key`.
std::optional<std::string> OpenSealedScript(const UnitKey& key, std::string_view script);

// A key's public name: the first 8 bytes of SHA-256("kfl key id" || key),
// as 16 hex digits. Lets a page tell a wrong key from a damaged file, and a
// cache tell that a key changed, without revealing the key.
std::string KeyId(const UnitKey& key);

// Base64url without padding (a key in a link) and standard base64 (a sealed
// file inside a script); nullopt for text that is not a 32-byte key.
std::string KeyText(const UnitKey& key);
std::optional<UnitKey> ParseKeyText(std::string_view text);
std::string Base64(std::string_view bytes);

}  // namespace kfl
