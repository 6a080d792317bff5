;;; resolution-ls.el --- ITU resolution drafts with the resolution-ls language server  -*- lexical-binding: t; -*-

;; Version: 0.1.0
;; Package-Requires: ((emacs "27.1") (eglot "1.9"))
;; Keywords: languages, wp
;; SPDX-License-Identifier: MIT

;;; Commentary:

;; A major mode for drafts of ITU resolutions (English and Chinese) and
;; its registration with Eglot, so that `resolution-ls' checks clause
;; labels, punctuation, internal references and citations as you type.
;;
;;   (add-to-list 'load-path "/path/to/resolution-ls/editors/emacs")
;;   (require 'resolution-ls)
;;   (add-hook 'itu-resolution-mode-hook #'eglot-ensure)
;;
;; Files: *.res and *.resolution; a .txt or .md file (or a file without
;; extension) whose first line is an ITU identity or conference line
;; (`RESOLUTION 101 (REV. BUCHAREST, 2022)', `第2号决议（2022年，…）',
;; `世界电信发展大会（2022年，基加利），', `The … Conference … (…, 2022),').
;; M-x itu-resolution-mode uses it on any buffer.
;;
;; The mode's name gives Eglot the LSP language id `itu-resolution'.
;; Commands: `resolution-ls-reletter-document' (the server's reletter
;; command), `resolution-ls-show-catalogue-entry' (what the catalogue
;; knows about the citation at point), and Eglot's own `eglot-code-actions'
;; (C-c C-a below), `flymake-show-buffer-diagnostics', `eldoc'.

;;; Code:

(require 'cl-lib)
(require 'eglot)
(require 'subr-x)

(defgroup resolution-ls nil
  "ITU resolution drafts checked by resolution-ls."
  :group 'languages
  :prefix "resolution-ls-")

(defcustom resolution-ls-server-command '("resolution-ls")
  "Command (program and arguments) that starts the language server.
The program speaks LSP on stdin/stdout when given no subcommand."
  :type '(repeat string))

(defcustom resolution-ls-severity nil
  "Severity per rule code, e.g. ((RLS0402 . \"off\") (RLS0105 . \"error\")).
Levels: \"off\", \"error\", \"warning\", \"info\", \"hint\"."
  :type '(alist :key-type symbol :value-type (choice (const "off") (const "error") (const "warning")
                                                      (const "info") (const "hint"))))

(defcustom resolution-ls-catalogue nil
  "A user catalogue file (resolution-catalogue.tsv), or nil."
  :type '(choice (const nil) file))

(defcustom resolution-ls-file-patterns nil
  "More glob patterns of workspace files for the server to index."
  :type '(repeat string))

(defcustom resolution-ls-official-texts nil
  "Folders of official texts (Final Acts as text, Markdown or Akoma Ntoso)
the server's catalogue learns from; read in the background and cached."
  :type '(repeat directory))

(defcustom resolution-ls-detect-text-files t
  "When non-nil, .txt and .md files (and files without extension) whose
first non-blank line is an ITU identity or conference line open in
`itu-resolution-mode'."
  :type 'boolean)

(defconst resolution-ls-first-line-regexp
  (concat
   "\\`[ \t\n\r\ufeff]*\\(?:"
   ;; RESOLUTION 101 (REV. BUCHAREST, 2022) / MOD EUR/XX/1 RESOLUTION 28 (REV.WRC-15)
   "\\(?:\\(?:MOD\\|ADD\\|SUP\\|NOC\\)[ \t]+[^ \t\n]+[ \t]+\\)?"
   "\\(?:RESOLUTION\\|Resolution\\|DECISION\\|Decision\\|RECOMMENDATION\\|Recommendation\\)"
   "[ \t]+\\(?:ITU-[RTD][ \t]+\\)?[0-9]+\\(?:-[0-9]+\\)?[ \t]*\\(?:[(（]\\|$\\)"
   ;; 第2号决议（2022年，布加勒斯特，修订版）
   "\\|[^ \t\n]\\{0,40\\}?第[ \t]*[0-9]+\\(?:-[0-9]+\\)?[ \t]*号\\(?:决议\\|决定\\|建议\\)[ \t]*\\(?:[（(]\\|$\\)"
   ;; 世界电信发展大会（2022年，基加利），
   "\\|[^ \t\n]\\{0,40\\}?\\(?:大会\\|全会\\|论坛\\|理事会\\)[ \t]*[（(][ \t]*[0-9]\\{4\\}[ \t]*年"
   ;; The Plenipotentiary Conference of the International Telecommunication Union (Bucharest, 2022),
   "\\|The[ \t][^\n]*\\(?:Conference\\|Assembly\\|Forum\\|Council\\)\\b[^\n]*([^\n]*[0-9]\\{4\\})[ \t]*,?[ \t]*$"
   "\\)")
  "Matches the beginning of a draft: an ITU identity or conference line.
The same pattern as the VS Code extension's `firstLine'.")

(defconst resolution-ls--preamble-headings
  '("忆及" "考虑到" "认识到" "注意到" "意识到" "铭记" "强调" "进一步考虑到" "进一步认识到"
    "recalling" "considering" "considering further" "considering also" "recognizing"
    "recognizing further" "further recognizing" "noting" "noting further" "aware"
    "bearing in mind" "emphasizing" "having regard to" "taking into account"
    "acknowledging" "convinced" "concerned" "observing")
  "Preamble section headings (a heading is a line of its own).")

(defconst resolution-ls--operative-headings
  '("做出决议" "做出决定" "责成" "请" "鼓励" "呼吁" "要求" "进一步责成" "进一步请"
    "resolves" "further resolves" "resolves to instruct" "instructs" "further instructs"
    "invites" "further invites" "encourages" "calls upon" "requests" "urges")
  "Beginnings of operative section headings.")

(defvar resolution-ls-font-lock-keywords
  `((,(concat "^" (regexp-opt resolution-ls--preamble-headings) "[ \t]*$") . font-lock-keyword-face)
    (,(concat "^" (regexp-opt resolution-ls--operative-headings) "[^；;，,。.\n]\\{0,60\\}$")
     . font-lock-keyword-face)
    ;; clause labels: a) bc) (a) i) 1 … at the start of a line, after an optional bullet
    ("^[ \t]*\\(?:[-–•][ \t]*\\)?\\((?[a-z]\\{1,3\\}[)）]\\|[0-9]\\{1,3\\}[ \t]\\)" 1 font-lock-constant-face)
    ;; citations
    ("第[0-9]+\\(?:[-、和及至][0-9]+\\)*号\\(?:决议\\|决定\\|建议\\)" . font-lock-type-face)
    ("\\_<\\(?:Resolutions?\\|Decisions?\\|Recommendations?\\|Res\\.\\)[ \t]+\\(?:ITU-[RTD][ \t]+\\)?[0-9]+\\(?:-[0-9]+\\)?"
     . font-lock-type-face)
    ;; the conference line
    ("^[^ \t\n]*\\(?:大会\\|全会\\|论坛\\)（[0-9]\\{4\\}年[^\n]*$" . font-lock-doc-face)
    ("^The [^\n]*\\(?:Conference\\|Assembly\\)[^\n]*([^\n]*[0-9]\\{4\\}),$" . font-lock-doc-face)
    ;; suppression markers
    ("\\[rls-ignore[^]\n]*\\]" . font-lock-comment-face))
  "Highlighting of headings, labels and citations.
Eglot 1.9 shows no semantic tokens, so the mode highlights by itself.")

(defvar itu-resolution-mode-map
  (let ((map (make-sparse-keymap)))
    (define-key map (kbd "C-c C-r") #'resolution-ls-reletter-document)
    (define-key map (kbd "C-c C-d") #'resolution-ls-show-catalogue-entry)
    (define-key map (kbd "C-c C-a") #'eglot-code-actions)
    map)
  "Keymap of `itu-resolution-mode'.")

(defvar itu-resolution-mode-syntax-table
  (let ((st (make-syntax-table text-mode-syntax-table)))
    (dolist (pair '((?（ . ?）) (?《 . ?》) (?【 . ?】) (?「 . ?」) (?“ . ?”)))
      (modify-syntax-entry (car pair) (format "(%c" (cdr pair)) st)
      (modify-syntax-entry (cdr pair) (format ")%c" (car pair)) st))
    (dolist (c '(?， ?； ?。 ?： ?、 ?！ ?？))
      (modify-syntax-entry c "." st))
    st)
  "Syntax table: full-width brackets pair, full-width marks are punctuation.")

;;;###autoload
(define-derived-mode itu-resolution-mode text-mode "ITU-Res"
  "Major mode for drafts of ITU resolutions.
The resolution-ls language server checks them through Eglot.
\\{itu-resolution-mode-map}"
  (setq-local font-lock-defaults '(resolution-ls-font-lock-keywords nil nil))
  (setq-local word-wrap t)
  (setq-local truncate-lines nil)
  (setq-local outline-regexp (concat (regexp-opt (append resolution-ls--preamble-headings
                                                         resolution-ls--operative-headings))))
  (setq-local eglot-workspace-configuration #'resolution-ls--workspace-configuration))

(defun resolution-ls--settings ()
  "The server's settings from the customization variables (a plist for JSON)."
  (append
   (list :severity (if resolution-ls-severity
                       (cl-loop for (code . level) in resolution-ls-severity
                                append (list (intern (format ":%s" code)) level))
                     (make-hash-table))
         :filePatterns (vconcat resolution-ls-file-patterns)
         :officialTexts (vconcat (mapcar #'expand-file-name resolution-ls-official-texts)))
   ;; No catalogue key at all when there is none (the server reads a
   ;; missing key as "no user catalogue").
   (and resolution-ls-catalogue
        (list :catalogue (expand-file-name resolution-ls-catalogue)))))

(defun resolution-ls--workspace-configuration (&optional _server)
  "Settings sent with workspace/didChangeConfiguration, under `resolutionLs'."
  (list (cons :resolutionLs (resolution-ls--settings))))

(defun resolution-ls--initialization-options (_server)
  "The initializationOptions: the same settings."
  (resolution-ls--settings))

(defun resolution-ls--draft-p ()
  "Non-nil when the buffer visits a .txt or .md file (or one without
extension) that starts with an ITU identity or conference line."
  (and resolution-ls-detect-text-files
       buffer-file-name
       (member (file-name-extension buffer-file-name) '(nil "txt" "md" "markdown"))
       (save-excursion
         (goto-char (point-min))
         (let ((case-fold-search nil))
           (looking-at resolution-ls-first-line-regexp)))))

;;;###autoload
(add-to-list 'auto-mode-alist '("\\.\\(?:res\\|resolution\\)\\'" . itu-resolution-mode))
;;;###autoload
(add-to-list 'magic-mode-alist '(resolution-ls--draft-p . itu-resolution-mode))

;; The contact is computed when Eglot starts, so that a changed
;; `resolution-ls-server-command' takes effect without reloading.
(add-to-list 'eglot-server-programs
             `(itu-resolution-mode . ,(lambda (&optional _interactive)
                                        (append resolution-ls-server-command
                                                (list :initializationOptions
                                                      #'resolution-ls--initialization-options)))))

(defun resolution-ls--server ()
  (or (eglot-current-server)
      (user-error "resolution-ls is not running in this buffer: M-x eglot")))

(defun resolution-ls-reletter-document ()
  "Reletter every section of the draft, with the server's command.
The server also rewrites the internal references to renamed clauses."
  (interactive)
  (let* ((server (resolution-ls--server))
         (result (eglot-execute-command server "resolution-ls.reletterDocument"
                                        (vector (eglot--path-to-uri buffer-file-name)))))
    (when (eq (plist-get result :changed) :json-false)
      (message "Nothing to reletter: every label already follows its sequence."))
    result))

(defun resolution-ls-catalogue-entry-at-point ()
  "The server's description of the citation at point (Markdown), or nil."
  (let* ((server (resolution-ls--server))
         (hover (jsonrpc-request server :textDocument/hover (eglot--TextDocumentPositionParams)))
         (contents (and hover (plist-get hover :contents))))
    (cond ((null contents) nil)
          ((stringp contents) contents)
          ((plist-get contents :value))
          ((vectorp contents)
           (mapconcat (lambda (c) (if (stringp c) c (plist-get c :value))) contents "\n\n")))))

(defun resolution-ls-show-catalogue-entry ()
  "Show what the catalogue knows about the citation at point."
  (interactive)
  (let ((text (resolution-ls-catalogue-entry-at-point)))
    (if (not text)
        (message "No citation at point.")
      (with-help-window "*resolution-ls catalogue*"
        (princ text)))))

(provide 'resolution-ls)
;;; resolution-ls.el ends here
