## Storage and exchange files
