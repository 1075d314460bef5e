// Shell-style wildcards, as users write them to select rules ("number.*", "-markup.*").
#pragma once

#include <string_view>

namespace verity::text {

// Whether `text` matches `pattern` as a whole: '*' matches any run of characters (bytes), '?' one.
bool glob_match(std::string_view pattern, std::string_view text);

}  // namespace verity::text
