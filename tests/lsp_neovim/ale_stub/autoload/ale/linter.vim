" SPDX-License-Identifier: MIT
" Stands in for ALE in the test: records each linter definition instead of registering it.
let g:ale_stub_linters = get(g:, 'ale_stub_linters', [])

function! ale#linter#Define(filetype, linter) abort
  call add(g:ale_stub_linters, [a:filetype, a:linter])
endfunction
