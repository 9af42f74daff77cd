#include "seal/seal.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>
#include <openssl/sha.h>

#include <memory>

#include <nlohmann/json.hpp>
#include <stdexcept>

namespace kfl {
namespace {

constexpr size_t kNonce = 12;
constexpr size_t kTag = 16;

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

std::array<unsigned char, kNonce> Nonce(const UnitKey& key, std::string_view path,
                                        std::string_view plaintext) {
  unsigned char digest[SHA256_DIGEST_LENGTH];
  SHA256(reinterpret_cast<const unsigned char*>(plaintext.data()), plaintext.size(), digest);
  std::string message = "kfl nonce";
  message.append(path);
  message.push_back('\0');
  message.append(reinterpret_cast<const char*>(digest), sizeof digest);
  unsigned char mac[EVP_MAX_MD_SIZE];
  unsigned int mac_size = 0;
  HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()),
       reinterpret_cast<const unsigned char*>(message.data()), message.size(), mac, &mac_size);
  std::array<unsigned char, kNonce> nonce;
  std::copy_n(mac, kNonce, nonce.begin());
  return nonce;
}

const unsigned char* Bytes(std::string_view s) { return reinterpret_cast<const unsigned char*>(s.data()); }

}  // namespace

UnitKey NewUnitKey() {
  UnitKey key;
  if (RAND_bytes(key.data(), static_cast<int>(key.size())) != 1) {
    throw std::runtime_error("RAND_bytes failed");
  }
  return key;
}

std::string Seal(const UnitKey& key, std::string_view path, std::string_view plaintext) {
  const auto nonce = Nonce(key, path, plaintext);
  std::string out(kNonce + plaintext.size() + kTag, '\0');
  std::copy(nonce.begin(), nonce.end(), out.begin());
  auto* cipher = reinterpret_cast<unsigned char*>(out.data()) + kNonce;
  CipherContext ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
  int n = 0, m = 0;
  if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1 ||
      EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonce, nullptr) != 1 ||
      EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, key.data(), nonce.data()) != 1 ||
      EVP_EncryptUpdate(ctx.get(), nullptr, &n, Bytes(path), static_cast<int>(path.size())) != 1 ||
      EVP_EncryptUpdate(ctx.get(), cipher, &n, Bytes(plaintext), static_cast<int>(plaintext.size())) != 1 ||
      EVP_EncryptFinal_ex(ctx.get(), cipher + n, &m) != 1 ||
      EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTag, cipher + plaintext.size()) != 1) {
    throw std::runtime_error("AES-256-GCM encryption failed");
  }
  return out;
}

std::optional<std::string> Unseal(const UnitKey& key, std::string_view path, std::string_view sealed) {
  if (sealed.size() < kNonce + kTag) return std::nullopt;
  const size_t size = sealed.size() - kNonce - kTag;
  std::string out(size, '\0');
  CipherContext ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
  std::string tag(sealed.substr(kNonce + size));
  int n = 0, m = 0;
  if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1 ||
      EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonce, nullptr) != 1 ||
      EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, key.data(), Bytes(sealed)) != 1 ||
      EVP_DecryptUpdate(ctx.get(), nullptr, &n, Bytes(path), static_cast<int>(path.size())) != 1 ||
      EVP_DecryptUpdate(ctx.get(), reinterpret_cast<unsigned char*>(out.data()), &n,
                        Bytes(sealed.substr(kNonce)), static_cast<int>(size)) != 1 ||
      EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTag, tag.data()) != 1 ||
      EVP_DecryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char*>(out.data()) + n, &m) != 1) {
    return std::nullopt;
  }
  return out;
}

std::string SealedScript(const UnitKey& key, std::string_view path, std::string_view bytes) {
  std::string script = "kflSealed(" + nlohmann::json(std::string(path)).dump() + ",\"";
  script += Base64(Seal(key, path, bytes));
  return script + "\");\n";
}

std::optional<std::string> OpenSealedScript(const UnitKey& key, std::string_view script) {
  constexpr std::string_view kHead = "kflSealed(";
  constexpr std::string_view kTail = "\");\n";
  if (script.substr(0, kHead.size()) != kHead || script.size() < kHead.size() + kTail.size() ||
      script.substr(script.size() - kTail.size()) != kTail) {
    return std::nullopt;
  }
  const size_t comma = script.find(",\"", kHead.size());
  if (comma == std::string_view::npos) return std::nullopt;
  std::string path;
  try {
    path = nlohmann::json::parse(script.substr(kHead.size(), comma - kHead.size())).get<std::string>();
  } catch (const std::exception&) {
    return std::nullopt;
  }
  const std::string_view base64 = script.substr(comma + 2, script.size() - kTail.size() - comma - 2);
  if (base64.size() % 4 != 0) return std::nullopt;
  std::string bytes(base64.size() / 4 * 3, '\0');
  const int n = EVP_DecodeBlock(reinterpret_cast<unsigned char*>(bytes.data()), Bytes(base64),
                                static_cast<int>(base64.size()));
  if (n < 0) return std::nullopt;
  bytes.resize(static_cast<size_t>(n) - (base64.size() >= 1 && base64.back() == '=') -
               (base64.size() >= 2 && base64[base64.size() - 2] == '='));
  return Unseal(key, path, bytes);
}

std::string KeyId(const UnitKey& key) {
  std::string message = "kfl key id";
  message.append(reinterpret_cast<const char*>(key.data()), key.size());
  unsigned char digest[SHA256_DIGEST_LENGTH];
  SHA256(Bytes(message), message.size(), digest);
  static const char* kHex = "0123456789abcdef";
  std::string id;
  for (int i = 0; i < 8; ++i) id += {kHex[digest[i] >> 4], kHex[digest[i] & 15]};
  return id;
}

std::string Base64(std::string_view bytes) {
  std::string out(4 * ((bytes.size() + 2) / 3) + 1, '\0');
  const int n = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()), Bytes(bytes),
                                static_cast<int>(bytes.size()));
  out.resize(static_cast<size_t>(n));
  return out;
}

std::string KeyText(const UnitKey& key) {
  std::string text = Base64(std::string_view(reinterpret_cast<const char*>(key.data()), key.size()));
  for (char& c : text) c = c == '+' ? '-' : c == '/' ? '_' : c;
  while (!text.empty() && text.back() == '=') text.pop_back();
  return text;
}

std::optional<UnitKey> ParseKeyText(std::string_view text) {
  if (text.size() != 43) return std::nullopt;
  std::string b64(text);
  for (char& c : b64) {
    if (c == '-') c = '+';
    else if (c == '_') c = '/';
    else if (!std::isalnum(static_cast<unsigned char>(c))) return std::nullopt;
  }
  b64 += '=';
  unsigned char decoded[33];
  if (EVP_DecodeBlock(decoded, Bytes(b64), static_cast<int>(b64.size())) != 33) return std::nullopt;
  UnitKey key;
  std::copy_n(decoded, key.size(), key.begin());
  if (KeyText(key) != text) return std::nullopt;  // non-canonical trailing bits
  return key;
}

}  // namespace kfl
