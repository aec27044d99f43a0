## Errors
err-catalog-invalid = The catalogue file is invalid: { $detail }
err-settings-write = Cannot save the settings file { $path }: { $detail }
err-unknown-language = Unsupported language "{ $tag }"; use zh-CN or en-US.
err-unknown-catalog = There is no catalogue with id "{ $id }". Run catalog list to see the available ones.
