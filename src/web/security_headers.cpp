#include "web/security_headers.h"

namespace refuge::web {

void add_security_headers(Response& r) {
  r.set_header("Content-Security-Policy",
               "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
               "font-src 'self'; connect-src 'self'; media-src 'self'; object-src 'none'; "
               "base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
  r.set_header("X-Content-Type-Options", "nosniff");
  r.set_header("Referrer-Policy", "no-referrer");
  r.set_header("Permissions-Policy",
               "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
               "interest-cohort=()");
  r.set_header("X-Frame-Options", "DENY");
  r.set_header("Cross-Origin-Opener-Policy", "same-origin");
  if (r.header("Cache-Control").empty()) r.set_header("Cache-Control", "no-store");
}

}  // namespace refuge::web
