## Errors
err-catalog-invalid = The catalog file is invalid: { $detail }
err-settings-write = Cannot save the settings file { $path }: { $detail }
err-unknown-language = Unsupported language "{ $tag }"; use zh-CN or en-US.
err-unknown-catalog = There is no catalog with id "{ $id }". Run catalog list to see the available ones.
err-rewards-invalid = The certification-reward data is invalid and was not saved: { $detail }
err-rewards-io = Cannot read or write the certification-reward file { $path }: { $detail }
err-costs-invalid = The cost estimate data is invalid and was not saved: { $detail }
err-costs-io = Cannot read or write the cost estimate file { $path }: { $detail }
err-move-data = Cannot copy the data to { $path }: { $detail }. The original data is unchanged.

## Catalogue problems: $place is the file (and line), $item the item id or "none"
err-catalog-syntax = { $place }{ $item ->
    [none] {""}
   *[other] : item { $item }
}: invalid TOML or field: { $value }
err-catalog-missing-header = { $place }{ $item ->
    [none] {""}
   *[other] : item { $item }
}: no catalog header (catalog.toml) found
err-catalog-duplicate-clause = { $place }{ $item ->
    [none] {""}
   *[other] : item { $item }
}: clause { $value } is listed twice
err-catalog-duplicate-item = { $place }{ $item ->
    [none] {""}
   *[other] : item { $item }
}: this item id is used twice
err-catalog-unknown-clause = { $place }{ $item ->
    [none] {""}
   *[other] : item { $item }
}: clause { $value } is not in the clause tree
err-catalog-missing-text = { $place }{ $item ->
    [none] {""}
   *[other] : item { $item }
}: { $value } needs non-empty zh-CN and en-US text
err-catalog-weight = { $place }{ $item ->
    [none] {""}
   *[other] : item { $item }
}: weight { $value } is outside 1–3
err-catalog-ip-type = { $place }{ $item ->
    [none] {""}
   *[other] : item { $item }
}: Annex B items need an ip_type
err-catalog-no-items = { $place }{ $item ->
    [none] {""}
   *[other] : item { $item }
}: the catalog has no items
err-catalog-reserved-id = { $place }{ $item ->
    [none] {""}
   *[other] : item { $item }
}: id { $value } belongs to a built-in catalog; choose another id
err-catalog-crosswalk = { $place }{ $item ->
    [none] {""}
   *[other] : item { $item }
}: crosswalk: { $value }
err-catalog-bad-id = { $place }{ $item ->
    [none] {""}
   *[other] : item { $item }
}: id "{ $value }" is not a valid catalog id (use 1–64 characters: a–z, 0–9, dot, underscore, hyphen)
err-catalog-duplicate-catalog = { $place }{ $item ->
    [none] {""}
   *[other] : item { $item }
}: id { $value } is already used by the user catalog { $other }; this file was not loaded
err-catalog-not-a-file = { $place }{ $item ->
    [none] {""}
   *[other] : item { $item }
}: not a regular file (a pipe, a device or a broken link); skipped
err-catalog-too-large = { $place }{ $item ->
    [none] {""}
   *[other] : item { $item }
}: the file is { $value } MB, more than the limit of { $other } MB; skipped
err-catalog-unsourced = { $place }: clause { $value } is marked verified but names fewer than two sources; add them or set verified = false
err-catalog-duplicate-question = { $place }{ $item ->
    [none] {""}
   *[other] : item { $item }
}: another item of clause { $value } asks the same question

## Catalogue sub-point coverage (catalog check)
err-catalog-duplicate-subpoint = { $place }: sub-point { $value } is listed twice
err-catalog-unknown-subpoint = { $place }{ $item ->
    [none] {""}
   *[other] : item { $item }
}: covers sub-point { $value }, which its clause does not list
err-catalog-uncovered-subpoint = { $place }: no item covers sub-point { $value }; add an item or list the letter in an item's covers
err-catalog-no-covers = { $place }{ $item ->
    [none] {""}
   *[other] : item { $item }
}: its clause has lettered sub-points; say which ones the item covers (covers = [...], or [] for the clause's unlettered text)

## catalog upgrade
err-catalog-upgrade-not-earlier = This assessment was made with { $catalog } version { $stored }, which is not an earlier version of the loaded version { $loaded }; it cannot be moved. Open it with the app version it was made with, or start a follow-up assessment.

## Consultancy branding
branding-err-colour = "{ $value }" is not a color. Enter six hexadecimal digits like #1F3A5F.
branding-err-too-long = The { $field ->
    [name] consultancy name
    [footer] footer text
   *[font] font name
} can have at most { $max } characters.
branding-err-font = The font name "{ $value }" has characters a font name cannot have.
branding-err-logo-unreadable = Cannot read the logo file { $path }: { $detail }. Choose the logo again in Settings.
branding-err-logo-too-big = The logo file { $path } is { $size } KB; a logo can have at most { $max } KB. Make the image smaller first.
branding-err-logo-not-image = { $path } is not a PNG or JPEG image.
branding-err-logo-too-large = The logo image { $path } is { $width }×{ $height } pixels; at most { $max } on a side. Make the image smaller first.
branding-err-logo-write = Cannot store the logo at { $path }: { $detail }
