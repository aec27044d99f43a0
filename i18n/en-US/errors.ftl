## Errors
err-catalog-invalid = The catalog file is invalid: { $detail }
err-settings-write = Cannot save the settings file { $path }: { $detail }
err-unknown-language = Unsupported language "{ $tag }"; use zh-CN or en-US.
err-unknown-catalog = There is no catalog with id "{ $id }". Run catalog list to see the available ones.
err-rewards-invalid = The certification-reward data is invalid and was not saved: { $detail }
err-rewards-io = Cannot read or write the certification-reward file { $path }: { $detail }
err-move-data = Cannot copy the data to { $path }: { $detail }. The original data is unchanged.
